/**
 * `link-hub/react` in a browser: `<LinkHub catalog onSubmit onSuccess … />`, the
 * `<link-hub>` element for React 18 and 19 with typed props and events mapped to
 * `onOpen`, `onClose`, `onProvider`, `onSuccess`, `onError`. Importing it defines the element.
 */
import * as React from 'react';
import { LinkHub as LinkHubElement } from './index.js';
import { linkHubComponent } from './react/component.js';

export const LinkHub = linkHubComponent(React, LinkHubElement);
export type { Catalog, Provider, Field, SubmitArgs, SubmitResult } from './index.js';
