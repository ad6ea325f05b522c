import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { LabFlowNode } from './flow';
import { LiveValue } from './LiveValue';
import { NodeIcon } from './NodeIcon';
import { Badges } from './nodes/Badges';
import { EnvironmentSlots } from './nodes/EnvironmentSlots';
import { ShardBars } from './nodes/ShardBars';

/**
 * One box of the diagram: what it is, its key settings, and its live figures. Every box has the
 * size the layout assumed (the function's own, larger; the rest one shared size), so arrows
 * between boxes run straight. Only the live parts subscribe to the playback time, each redrawing
 * when its own figures change.
 */
export const LabNode = memo(function LabNode({ data }: NodeProps<LabFlowNode>) {
  const n = data.node;
  const horizontal = data.orientation === 'horizontal';
  const fn = n.kind === 'function';
  // A function box is always a card: its environments need the room.
  const flat = data.box === 'row' && !fn;
  const live = n.live;
  return (
    <div
      className={[
        'lab-node',
        `lab-node--${n.kind}`,
        flat ? 'lab-node--vertical' : '',
        n.problem ? 'lab-node--broken' : '',
        n.lines.length === 0 ? 'lab-node--bare' : '',
        n.kind === 'sink' && n.id.startsWith('onSuccess:') ? 'lab-node--success' : '',
      ]
        .filter((c) => c !== '')
        .join(' ')}
      style={n.size ?? data.size}
    >
      {/* Handles take the pointer, and so arrows, only while the Build palette is open (build.css). */}
      <Handle type="target" position={horizontal ? Position.Left : Position.Top} />
      {/* Left→right, a chain wrapped onto rows enters a row's first box from above. */}
      {horizontal && (
        <Handle type="target" id="above" position={Position.Top} isConnectable={false} />
      )}
      <div className="lab-node__head">
        <NodeIcon kind={n.kind} />
        <div className="lab-node__names">
          <div className="lab-node__kicker">{n.subtitle}</div>
          <div className="lab-node__title" title={n.title}>
            {n.title}
          </div>
        </div>
      </div>
      <div className="lab-node__lines">
        {n.badges && n.badges.length > 0 && <Badges badges={n.badges} />}
        {n.lines.map((line) => (
          <span key={line} className="lab-node__line" title={line}>
            {line}
          </span>
        ))}
        {n.routing?.map((line) => (
          <span key={line} className="lab-node__line lab-node__line--routing" title={line}>
            {line}
          </span>
        ))}
      </div>
      {n.kind === 'stream' && live?.kind === 'records' && !n.problem && (
        <ShardBars stream={live.name} />
      )}
      {n.problem ? (
        // What the run refused takes the place of the live figure: nothing flows here.
        <div className="lab-node__problem" title={n.problem.detail}>
          <strong>{n.problem.title}:</strong> {n.problem.text}
        </div>
      ) : fn ? (
        <EnvironmentSlots />
      ) : (
        live && <LiveValue metric={live} />
      )}
      <Handle type="source" position={horizontal ? Position.Right : Position.Bottom} />
      {horizontal && (
        <Handle type="source" id="below" position={Position.Bottom} isConnectable={false} />
      )}
    </div>
  );
});
