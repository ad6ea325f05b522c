import { lazy, Suspense } from 'react';
import type { Tool } from '../nav/route';
import { ToolNav } from '../nav/ToolNav';
import { Logo } from './Logo';
import { PresetPicker } from './PresetPicker';
import { BuildButton } from '../build/BuildButton';
import { PresentationControls } from '../present/PresentationControls';
import { ShareControls } from '../share/ShareControls';
import { SkipLink } from './SkipLink';
import { WhatIfSlot } from '../compare/WhatIfButton';
import './header.css';

// Nothing to undo on arrival: the buttons and the history behind them load after the first paint.
const UndoRedo = lazy(() => import('./UndoRedo'));

export function Header({ tool }: { tool: Tool }) {
  return (
    <header className="app-header">
      <SkipLink tool={tool} />
      <div className="brand">
        <Logo />
        <div className="brand-text">
          <h1 className="brand-name">Lambda Event Lab</h1>
          <p className="brand-tag">How AWS Lambda is invoked, one event at a time</p>
        </div>
      </div>
      <ToolNav current={tool} />
      {/* Scenarios belong to the simulator; the other tools have their own inputs. */}
      {tool === 'simulator' && <PresetPicker />}
      {tool === 'simulator' && (
        <Suspense fallback={<div className="undo-redo" style={{ width: 72 }} />}>
          <UndoRedo />
        </Suspense>
      )}
      {tool === 'simulator' && <WhatIfSlot />}
      <div className="header-actions">
        {tool === 'simulator' && <BuildButton />}
        {tool === 'simulator' && <ShareControls />}
        <PresentationControls />
      </div>
    </header>
  );
}
