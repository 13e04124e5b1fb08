/**
 * `link-hub/react` on a server (the package's `node` export condition): the same
 * component, rendering the `<link-hub>` tag, built from a stand-in class that lists the
 * element's public properties. It touches no `window`, `document` or DOM class; the
 * browser entry upgrades the tag when the page loads.
 */
import * as React from 'react';
import type { LinkHub as LinkHubElement } from './elements/link-hub/link-hub.js';
import { linkHubComponent, PROPERTIES } from './react/component.js';

class LinkHubProperties {}
for (const name of PROPERTIES) Object.defineProperty(LinkHubProperties.prototype, name, { get: () => undefined, set: () => {} });

export const LinkHub = linkHubComponent(React, LinkHubProperties as unknown as typeof LinkHubElement);
export type { Catalog, Provider, Field, SubmitArgs, SubmitResult } from './index.js';
