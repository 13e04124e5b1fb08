/** Setup fields (the host's `setup`) and the setup form's values: valid and invalid tables. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initialValues, SetupFields, validateSetup, type SetupField } from '../../src/schema/setup.js';
import { formatIssues } from '../../src/schema/zod.js';

const DEPARTMENTS: SetupField = {
  key: 'departments',
  label: 'Departments',
  type: 'multiselect',
  options: [
    { value: 'eng', label: 'Engineering' },
    { value: 'ops', label: 'Operations' },
  ],
};
const FIELDS: SetupField[] = [
  DEPARTMENTS,
  { key: 'archived', label: 'Archived', type: 'boolean' },
  { key: 'prefix', label: 'Prefix', required: false, pattern: '^[A-Z]+-$' },
  { key: 'region', label: 'Region', type: 'select', options: [{ value: 'eu', label: 'EU' }] },
];

const problems = (input: unknown) => {
  const result = SetupFields.safeParse(input);
  return result.success ? [] : formatIssues(result.error);
};

test('the guides’ field grammar, plus boolean and multiselect, each with an optional value of its type', () => {
  assert.deepEqual(problems(FIELDS), []);
  assert.deepEqual(
    problems([
      { ...DEPARTMENTS, value: ['eng'] },
      { key: 'archived', label: 'Archived', type: 'boolean', value: true },
    ]),
    [],
  );
});

test('refused: a value of the wrong type, a multiselect or select without options, a key twice, an unknown type', () => {
  assert.deepEqual(problems([{ ...DEPARTMENTS, value: 'eng' }]), ["[0].value: a multiselect field's value is a strings"]);
  assert.deepEqual(problems([{ key: 'archived', label: 'A', type: 'boolean', value: 'yes' }]), [
    "[0].value: a boolean field's value is a boolean",
  ]);
  assert.deepEqual(problems([{ key: 'd', label: 'D', type: 'multiselect' }]), ['[0].options: a multiselect field needs options']);
  assert.deepEqual(problems([FIELDS[1], FIELDS[1]]), ['[1].key: the key archived is used twice']);
  assert.equal(problems([{ key: 'x', label: 'X', type: 'date' }]).length, 1);
});

test('values: initial values from each field, and the checks of the credential form plus choices', () => {
  assert.deepEqual(initialValues(FIELDS), { departments: [], archived: false, prefix: '', region: '' });
  assert.deepEqual(validateSetup(FIELDS, { departments: [], archived: false, prefix: 'acme', region: 'us' }), {
    ok: false,
    problems: { departments: 'required', prefix: 'pattern', region: 'option' },
  });
  assert.deepEqual(validateSetup(FIELDS, { departments: ['nope'], region: 'eu' }), { ok: false, problems: { departments: 'option' } });
  // Choices in the options' order, strings trimmed, an optional one left empty left out, a boolean as it is.
  assert.deepEqual(validateSetup(FIELDS, { departments: ['ops', 'eng'], archived: true, prefix: '  ', region: ' eu ' }), {
    ok: true,
    values: { departments: ['eng', 'ops'], archived: true, region: 'eu' },
  });
  assert.deepEqual(validateSetup([{ ...DEPARTMENTS, required: false }], {}), { ok: true, values: { departments: [] } });
});
