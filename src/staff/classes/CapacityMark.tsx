/**
 * A session at or over its places, said plainly beside the count: 已满 when full, 超员 N 人 when
 * more came. Check-ins are never refused for it (an elder who came is not turned away by
 * software); the trainer finds a seat.
 */
import { t } from '../../i18n';
import './class-records.css';

export function CapacityMark({ checkedIn, capacity }: { checkedIn: number; capacity: number }) {
  if (checkedIn < capacity) return null;
  return (
    <strong class="class-capacity" data-capacity={checkedIn > capacity ? 'over' : 'full'}>
      {checkedIn > capacity
        ? t('classRecords.capacity.over', { count: checkedIn - capacity })
        : t('classRecords.capacity.full')}
    </strong>
  );
}
