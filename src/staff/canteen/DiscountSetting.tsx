/** The canteen's own discount for members: none, a share of the base price, or a fixed amount. */
import { t } from '../../i18n';
import { NumberSetting } from '../settings/controls';
import { draft, edit } from '../settings/draft';
import { getAt } from '../settings/paths';
import { messageAt } from '../settings/problems';
import { FieldSet, Radio } from '../ui/Field';
import { MEALS } from './canteen-draft';
import { YuanSetting } from './controls';

const PATH = ['pricing', 'operatorDiscount'] as const;

export function DiscountSetting() {
  const value = getAt(draft.value[MEALS], PATH) as { percent?: unknown; fen?: unknown } | undefined;
  const kind = value === undefined ? 'none' : value.fen !== undefined ? 'fen' : 'percent';
  return (
    <FieldSet legend={t('canteen.pricing.discount')} error={messageAt(MEALS, PATH)}>
      <Radio
        name="canteen-discount"
        label={t('canteen.pricing.discountNone')}
        checked={kind === 'none'}
        onChange={() => edit(MEALS, PATH, undefined)}
      />
      <Radio
        name="canteen-discount"
        label={t('canteen.pricing.discountPercent')}
        checked={kind === 'percent'}
        onChange={() => edit(MEALS, PATH, { percent: 5 })}
      />
      <Radio
        name="canteen-discount"
        label={t('canteen.pricing.discountFen')}
        checked={kind === 'fen'}
        onChange={() => edit(MEALS, PATH, { fen: 100 })}
      />
      {kind === 'percent' && (
        <NumberSetting
          file={MEALS}
          path={[...PATH, 'percent']}
          label={t('canteen.pricing.percent')}
          hint={t('canteen.pricing.percentHint')}
        />
      )}
      {kind === 'fen' && (
        <YuanSetting path={[...PATH, 'fen']} label={t('canteen.pricing.discountAmount')} />
      )}
    </FieldSet>
  );
}
