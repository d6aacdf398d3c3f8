/**
 * An optional settings file the centre does not have yet (help.json, subsidies.json): says so in
 * the page's words, and one button starts it from a small template the page then fills in.
 */
import { setFile } from './draft';

export function NoFileYet(props: { file: string; template: unknown; none: string; start: string }) {
  return (
    <div class="form">
      <p>{props.none}</p>
      <button type="button" class="button" onClick={() => setFile(props.file, props.template)}>
        {props.start}
      </button>
    </div>
  );
}
