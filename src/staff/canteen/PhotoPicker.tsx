/**
 * A meal's photo: the picture itself, a choice among the photos stored on the centre server, and
 * uploading a new one. A file that is not a JPEG, PNG or WebP picture, or is over 1 MB, is
 * refused here in words before anything is sent.
 */
import { useId, useState } from 'preact/hooks';
import { t, verbatim } from '../../i18n';
import { photoUrl } from '../../shared/config/photos';
import { draft, edit } from '../settings/draft';
import { getAt, type Path } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { SelectField } from '../ui/Field';
import { ErrorNote } from '../ui/Notice';
import { MEALS } from './canteen-draft';
import { photoFileProblem, photos, photosError, uploadPhoto } from './photos-api';

export function PhotoPicker({ path, mealName }: { path: Path; mealName: string }) {
  const id = useId();
  const value = getAt(draft.value[MEALS], path);
  const chosen = typeof value === 'string' ? value : '';
  const [problem, setProblem] = useState<string | null>(null);
  const [failed, setFailed] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const stored = photos.value ?? [];
  const names = stored.map((p) => p.name);
  if (chosen && !names.includes(chosen)) names.unshift(chosen);

  async function upload(input: HTMLInputElement) {
    const file = input.files?.[0];
    setProblem(null);
    setFailed(null);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const why = photoFileProblem(bytes);
    input.value = '';
    if (why) {
      setProblem(why);
      return;
    }
    setUploading(true);
    try {
      const photo = await uploadPhoto(bytes);
      edit(MEALS, path, photo.name);
    } catch (error) {
      setFailed(error);
    } finally {
      setUploading(false);
    }
  }

  return (
    <fieldset class="fieldset canteen__photo">
      <legend>{t('canteen.photo.legend')}</legend>
      <div class="canteen__photo-row">
        {chosen ? (
          <img
            class="canteen__photo-img"
            src={photoUrl(chosen)}
            alt={t('canteen.photo.alt', { name: mealName })}
            width={240}
            height={180}
          />
        ) : (
          <p class="canteen__photo-none">{t('canteen.photo.none')}</p>
        )}
        <div class="canteen__photo-controls">
          <SelectField
            label={t('canteen.photo.choose')}
            error={messageAt(MEALS, path)}
            value={chosen}
            onChange={(name) => edit(MEALS, path, name === '' ? undefined : name)}
            options={[
              { value: '', label: t('canteen.photo.noPhoto') },
              ...names.map((name) => ({ value: name, label: verbatim(name) })),
            ]}
          />
          <div class={`field${problem ? ' field--invalid' : ''}`}>
            {/*
             * The browser's own file button words itself in the PC's language, not the
             * console's: it is hidden, and this label (a button to look at) opens it.
             */}
            <input
              id={`${id}-file`}
              class="visually-hidden canteen__file"
              type="file"
              accept="image/jpeg,image/png,image/webp"
              disabled={uploading}
              aria-invalid={problem ? 'true' : undefined}
              aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
              onChange={(e) => void upload(e.currentTarget as HTMLInputElement)}
            />
            <label for={`${id}-file`} class="button canteen__file-button">
              {t('canteen.photo.upload')}
            </label>
            <span class="field__hint" id={`${id}-hint`}>
              {uploading ? t('canteen.photo.uploading') : t('canteen.photo.uploadHint')}
            </span>
            {problem && (
              <span class="field__error" id={`${id}-error`} role="alert">
                {problem}
              </span>
            )}
          </div>
          <ErrorNote error={failed ?? photosError.value} />
        </div>
      </div>
    </fieldset>
  );
}
