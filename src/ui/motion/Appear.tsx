import type { ReactNode } from 'react';
import { AnimatePresence, LazyMotion, m, MotionConfig } from 'framer-motion';

const loadFeatures = () => import('./motion-features').then((f) => f.default);

/**
 * Content that slides in a little as it appears and fades as it leaves: a panel, a dialog, a
 * lesson step. `show` false removes it after its exit; `id` changing replays the entrance
 * (another message picked, the next step). framer-motion's animation features load on first use,
 * and only parts that load later use this, so the first page load carries no motion code.
 * "user": people whose system asks for reduced motion get no movement, only the fades.
 */
export function Appear({
  show = true,
  id,
  className,
  children,
}: {
  show?: boolean;
  id?: string | number;
  className?: string;
  children: ReactNode;
}) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">
        <AnimatePresence initial={false} mode="wait">
          {show && (
            <m.div
              key={id ?? 'shown'}
              className={className}
              initial={{ opacity: 0, y: 6 }}
              animate={{ opacity: 1, y: 0 }}
              exit={{ opacity: 0, y: -4 }}
              transition={{ duration: 0.18, ease: 'easeOut' }}
            >
              {children}
            </m.div>
          )}
        </AnimatePresence>
      </MotionConfig>
    </LazyMotion>
  );
}
