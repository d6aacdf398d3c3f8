/**
 * What the voice fetches by import() when Azure first speaks (voice.ts): the provider, its
 * token source and the loader of the Azure package, as one chunk apart from the first load.
 */
export { createAzureProvider, loadAzureModule } from './azure';
export { createSpeechTokenSource, noSpeechToken } from './speech-token';
