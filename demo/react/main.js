// A React settings page using link-hub/react. Plain createElement keeps the demo free of
// a JSX build step; in an app you would write <LinkHub catalog=… onSubmit=… />.
import { createElement as h, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { LinkHub } from 'link-hub/react';
import { connect } from '../connections.js';

function Integrations() {
  const hub = useRef(null);
  const [linked, setLinked] = useState([]);
  return h(
    'main',
    null,
    h(
      'div',
      { className: 'heading' },
      h('div', null, h('h1', null, 'Integrations'), h('p', { className: 'lead' }, 'Built with React and link-hub/react.')),
      h('button', { type: 'button', className: 'primary', onClick: () => hub.current.show() }, 'Add integration'),
    ),
    h(
      'section',
      { 'aria-labelledby': 'connected-title' },
      h('h2', { id: 'connected-title' }, 'Connected accounts'),
      linked.length
        ? h(
            'ul',
            { className: 'accounts' },
            linked.map((label) => h('li', { key: label }, h('span', null, label))),
          )
        : h('p', { className: 'muted' }, 'No tools connected yet.'),
    ),
    h(LinkHub, {
      ref: hub,
      catalog: '/catalog.json',
      onSubmit: connect,
      onSuccess: (event) => setLinked((all) => [...all, event.detail.result?.label ?? event.detail.providerKey]),
    }),
  );
}

createRoot(document.querySelector('#root')).render(h(Integrations));
