import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { LabFlowNode } from './flow';
import { LiveValue } from './LiveValue';
import { NodeIcon } from './NodeIcon';

/**
 * One box of the diagram: what it is, its key settings, and its live figure. Every box has the
 * size the layout assumed, so arrows between boxes run straight.
 */
export const LabNode = memo(function LabNode({ data }: NodeProps<LabFlowNode>) {
  const n = data.node;
  const horizontal = data.orientation === 'horizontal';
  return (
    <div
      className={[
        'lab-node',
        `lab-node--${n.kind}`,
        data.box === 'row' ? 'lab-node--vertical' : '',
        n.problem ? 'lab-node--broken' : '',
        n.lines.length === 0 ? 'lab-node--bare' : '',
      ]
        .filter((c) => c !== '')
        .join(' ')}
      style={data.size}
    >
      <Handle
        type="target"
        position={horizontal ? Position.Left : Position.Top}
        isConnectable={false}
      />
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
        {n.lines.map((line) => (
          <span key={line} className="lab-node__line" title={line}>
            {line}
          </span>
        ))}
      </div>
      {n.problem ? (
        // What the run refused takes the place of the live figure: nothing flows here.
        <div className="lab-node__problem" title={n.problem.detail}>
          <strong>{n.problem.title}:</strong> {n.problem.text}
        </div>
      ) : (
        n.live && <LiveValue metric={n.live} />
      )}
      <Handle
        type="source"
        position={horizontal ? Position.Right : Position.Bottom}
        isConnectable={false}
      />
    </div>
  );
});
