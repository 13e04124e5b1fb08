import type { SetupStrings } from './translation.js';

/** English for the setup form (after a link, and Settings): in the setup form's module. */
export const enSetup: SetupStrings = {
  setupTitle: (p) => `Set up ${p}`,
  setupHint: 'You can change these later in Settings.',
  setupLoading: 'Loading the settings…',
  setupFailed: 'Couldn’t load the settings',
  saveFailed: 'Couldn’t save',
  retry: 'Retry',
  skip: 'Skip',
  save: 'Save',
  saving: 'Saving…',
  chooseSome: (l) => `Choose at least one option for ${l}.`,
  settingsSaved: (l) => `Settings saved for ${l}.`,
};
