/** Unit and DOM tests see every area's words, as if both pages had registered theirs. */
import { registerAreas } from '../../src/i18n';
import { AREAS } from '../../src/i18n/resources';

registerAreas(AREAS);
