/**
 * Classes' settings in "About the centre" (centre.json, issue #15): the communities (社区)
 * members are placed in, which the training report counts by, and the yearly target in
 * person-times the district asks for. Both may be left out.
 */
import { t } from '../../i18n';
import { GroupProblem, ItemButtons, NumberSetting, TextSetting } from './controls';
import { draft, edit } from './draft';
import { LocalTextSetting } from './LocalTextField';
import { getAt, moved } from './paths';

const FILE = 'centre.json';

export function TrainingSettings() {
  const value = getAt(draft.value[FILE], ['communities']);
  const communities = Array.isArray(value) ? value : [];
  return (
    <section class="settings__group" aria-labelledby="training-heading">
      <h2 id="training-heading">{t('classesConsole.settings.title')}</h2>
      <NumberSetting
        file={FILE}
        path={['trainingTarget']}
        label={t('classesConsole.settings.target')}
        hint={t('classesConsole.settings.targetHint')}
      />
      <GroupProblem file={FILE} path={['communities']} />
      {communities.map((_, index) => {
        const name = t('settings.common.nthNamed', {
          what: t('classesConsole.settings.community'),
          n: index + 1,
          name: String(getAt(draft.value[FILE], ['communities', index, 'name', 'zh-Hans']) ?? ''),
        });
        return (
          <fieldset key={index} class="fieldset settings__item">
            <legend>{name}</legend>
            <LocalTextSetting
              file={FILE}
              path={['communities', index, 'name']}
              label={t('classesConsole.settings.communityName')}
            />
            <TextSetting
              file={FILE}
              path={['communities', index, 'id']}
              label={t('classesConsole.settings.communityId')}
              hint={t('settings.common.idHint')}
            />
            <ItemButtons
              name={name}
              index={index}
              count={communities.length}
              onMove={(by) => edit(FILE, ['communities'], moved(communities, index, by))}
              onRemove={() => edit(FILE, ['communities', index], undefined)}
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(
            FILE,
            ['communities'],
            [
              ...communities,
              {
                id: `community-${communities.length + 1}`,
                name: { 'zh-Hans': '', 'zh-Hant': '', en: '' },
              },
            ],
          )
        }
      >
        {t('classesConsole.settings.add')}
      </button>
    </section>
  );
}
