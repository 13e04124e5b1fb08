// A host's own integrations panel over link-hub/headless: plain DOM, the host's markup and styles,
// the same catalog, rules, messages and backend as <link-hub> (the demo's connect, from connections.js).
import { createLinkSession } from '/dist/headless.js';
import { connect } from './connections.js';

const $ = (selector) => document.querySelector(selector);
const session = createLinkSession({ catalog: '/catalog.json', onSubmit: connect, actions: ['quarry_list_jobs', 'quarry_add_candidates'] });
// What a product team would send to its analytics tool.
session.addEventListener('link-hub-event', ({ detail }) => console.info('link-hub-event', detail.name, detail));

/** The guide's inline runs as text nodes and the host's own elements (never HTML strings). */
function inlines(runs) {
  return runs.map((run) => {
    if (run.type === 'text') return document.createTextNode(run.text);
    if (run.type === 'break') return document.createElement('br');
    const element = document.createElement(
      run.type === 'strong' ? 'strong' : run.type === 'emphasis' ? 'em' : run.type === 'link' ? 'a' : 'code',
    );
    if (run.type === 'link') Object.assign(element, { href: run.href, target: '_blank', rel: 'noopener noreferrer' });
    if (run.children) element.append(...inlines(run.children));
    else element.textContent = run.text;
    return element;
  });
}

/** An element with children. */
function element(tag, children, props = {}) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The blocks this panel draws (paragraphs, lists, callouts, images); it leaves out the rest. */
function blocks(list) {
  return list.flatMap((block) => {
    if (block.type === 'paragraph' || block.type === 'heading') return [element('p', inlines(block.children))];
    if (block.type === 'list')
      return [
        element(
          block.ordered ? 'ol' : 'ul',
          block.items.map((item) => element('li', blocks(item))),
        ),
      ];
    if (block.type === 'callout') return [element('aside', blocks(block.children), { className: `note ${block.variant}` })];
    if (block.type === 'image') return [element('img', [], { src: block.src, alt: block.alt, loading: 'lazy' })];
    return [];
  });
}

function showList() {
  $('#provider-view').hidden = true;
  $('#list-view').hidden = false;
  const items = session.filter({ query: $('#search').value }).map((provider) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = provider.variant ? `${provider.name} (${provider.variant})` : provider.name;
    button.addEventListener('click', () => showProvider(provider.key));
    item.append(button);
    return item;
  });
  $('#providers').replaceChildren(...items);
  $('#status').textContent = `${items.length} tools`;
}

let current;
async function showProvider(key) {
  current = await session.select(key);
  $('#list-view').hidden = true;
  $('#provider-view').hidden = false;
  $('#provider-title').textContent = `Connect ${current.name}`;
  $('#error').textContent = '';
  const guide = current.sections.map((section) => {
    const element = document.createElement('section');
    const title = document.createElement('h4');
    title.textContent = section.title;
    const steps = document.createElement('ol');
    steps.append(
      ...section.steps.map((step) => {
        const item = document.createElement('li');
        const heading = document.createElement('strong');
        heading.textContent = step.title;
        item.append(heading, ...blocks(step.content));
        return item;
      }),
    );
    element.append(title, ...blocks(section.content), steps);
    return element;
  });
  $('#guide').replaceChildren(...blocks(current.warnings), ...guide);
  $('#fields').replaceChildren(
    ...current.fields.map((field) => {
      const wrap = document.createElement('p');
      const label = document.createElement('label');
      label.htmlFor = `field-${field.key}`;
      label.textContent = field.label;
      const input = field.type === 'select' ? document.createElement('select') : document.createElement('input');
      input.id = `field-${field.key}`;
      input.name = field.key;
      if (field.type === 'select')
        input.append(new Option(field.placeholder ?? '', ''), ...(field.options ?? []).map((o) => new Option(o.label, o.value)));
      else input.type = field.secret || field.type === 'secret' ? 'password' : 'text';
      const message = document.createElement('span');
      message.id = `field-${field.key}-message`;
      input.setAttribute('aria-describedby', message.id);
      wrap.append(label, input, message);
      return wrap;
    }),
  );
  $('#connect').textContent = current.fields.length ? 'Connect' : `Sign in with ${current.name}`;
  $('#provider-title').focus();
}

function showMessages(fields = {}) {
  for (const field of current.fields) {
    const input = $(`#field-${field.key}`);
    input.setAttribute('aria-invalid', String(!!fields[field.key]));
    $(`#field-${field.key}-message`).textContent = fields[field.key] ?? '';
  }
  const first = current.fields.find((f) => fields[f.key]);
  if (first) $(`#field-${first.key}`).focus();
}

$('#form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const values = Object.fromEntries(new FormData($('#form')));
  // Called inside the click: a redirect provider's sign-in window opens here.
  const pending = session.connect(values);
  $('#connect').disabled = true;
  const outcome = await pending;
  $('#connect').disabled = false;
  if (outcome.ok) {
    showMessages();
    $('#error').textContent = '';
    $('#status').textContent = `${current.name} is connected${outcome.result?.label ? `: ${outcome.result.label}` : ''}.`;
    showList();
    $('#status').textContent = `${current.name} is connected${outcome.result?.label ? `: ${outcome.result.label}` : ''}.`;
    return;
  }
  showMessages(outcome.fields);
  $('#error').textContent = outcome.message;
});
$('#search').addEventListener('input', showList);
$('#back').addEventListener('click', showList);

session.ready.then(showList, (error) => ($('#status').textContent = `Integrations are unavailable: ${error.message}`));
