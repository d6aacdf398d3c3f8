/** A kiosk screen: the kit's Screen with the shell's header and bottom bar and the live caption. */
import type { ComponentChildren } from 'preact';
import { Screen } from '../../ui/screen/Screen';
import { caption } from '../speech';
import { BottomBar } from './BottomBar';
import { HeaderBar } from './HeaderBar';

export function KioskScreen({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <Screen title={title} caption={caption()} header={<HeaderBar />} footer={<BottomBar />}>
      {children}
    </Screen>
  );
}
