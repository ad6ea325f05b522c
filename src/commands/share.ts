import { openShare } from '../store/share';
import type { Command } from './command';

/**
 * Sharing without leaving presentation mode: s opens Share, q puts the large QR code on the
 * screen so the room can scan the exact moment.
 */
export const shareCommands: readonly Command[] = [
  {
    id: 'share',
    label: 'Share this moment (link, QR code, file)',
    keys: ['s'],
    enabled: () => true,
    run: () => openShare(),
  },
  {
    id: 'share-qr',
    label: 'Large QR code of this moment, for the room',
    keys: ['q'],
    enabled: () => true,
    run: () => openShare(true),
  },
];
