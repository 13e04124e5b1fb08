/** Lists that must stay equal to the element's own: a drift fails here, not in a host's app. */
import { expect } from '@open-wc/testing';
import { LinkHub } from '../../src/index.js';
import { PROPERTIES } from '../../src/react/component.js';

describe('public surface', () => {
  it("the React wrapper hands over exactly the element's public properties", () => {
    const declared = Object.keys((LinkHub as unknown as { properties: Record<string, unknown> }).properties).filter(
      (name) => !name.startsWith('_'),
    );
    expect([...PROPERTIES].sort()).to.deep.equal(declared.sort());
  });
});
