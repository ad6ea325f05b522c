import { useMemo } from 'react';
import { useScenarioStore } from '../../store';
import { nodeSettings } from '../../view/settings-nodes';
import NodeForm from './NodeForm';
import { Appear } from '../motion/Appear';

/**
 * What the selected node is and every setting it has. Loaded on demand with the form: neither
 * is needed for the first picture.
 */
export default function NodeDetails({ nodeId }: { nodeId: string }) {
  const scenario = useScenarioStore((s) => s.scenario);
  const settings = useMemo(() => nodeSettings(scenario, nodeId), [scenario, nodeId]);
  // Another box picked: its panel slides in (a fade only, for reduced motion).
  return (
    <Appear id={nodeId}>
      <p className="panel-kicker">{settings?.kind ?? 'Selected'}</p>
      <h2 className="panel-title">{settings?.title ?? nodeId}</h2>
      {settings === null ? (
        <p className="panel-empty">This box has no settings of its own.</p>
      ) : (
        <>
          <p className="panel-summary">{settings.about}</p>
          <p className="node-inspector__note">
            Changes apply at once: the run is simulated again from the start and the playhead stays
            where it is.
          </p>
          <NodeForm sections={settings.sections} />
        </>
      )}
    </Appear>
  );
}
