// A Vue 3 settings page using <link-hub> directly: `.onSubmit` sets the property, and
// `onLinkHubSuccess` listens to the DOM event link-hub-success. (With templates, tell
// the compiler: compilerOptions.isCustomElement = (tag) => tag === 'link-hub'.)
import { createApp, h, ref } from 'vue';
import 'link-hub';
import { connect } from '../connections.js';

createApp({
  setup() {
    const hub = ref(null);
    const linked = ref([]);
    return () =>
      h('main', null, [
        h('div', { class: 'heading' }, [
          h('div', null, [h('h1', null, 'Integrations'), h('p', { class: 'lead' }, 'Built with Vue and <link-hub>.')]),
          h('button', { type: 'button', class: 'primary', onClick: () => hub.value.show() }, 'Add integration'),
        ]),
        h('section', { 'aria-labelledby': 'connected-title' }, [
          h('h2', { id: 'connected-title' }, 'Connected accounts'),
          linked.value.length
            ? h(
                'ul',
                { class: 'accounts' },
                linked.value.map((label) => h('li', { key: label }, h('span', null, label))),
              )
            : h('p', { class: 'muted' }, 'No tools connected yet.'),
        ]),
        h('link-hub', {
          ref: hub,
          catalog: '/catalog.json',
          '.onSubmit': connect,
          onLinkHubSuccess: (event) => linked.value.push(event.detail.result?.label ?? event.detail.providerKey),
        }),
      ]);
  },
}).mount('#app');
