import { JsonEditor } from './JsonEditor';
import { OperatorCheatSheet } from './OperatorCheatSheet';
import { SamplePicker } from './SamplePicker';
import { usePlayground } from './usePlayground';
import { Verdict } from './Verdict';
import './patterns.css';

/** Try an EventBridge event pattern against an event and see why it matches or not. */
export default function PatternPlayground() {
  const pg = usePlayground();
  return (
    <main className="tool-page" aria-labelledby="patterns-title">
      <header className="tool-intro">
        <h2 id="patterns-title">Event pattern playground</h2>
        <p>
          An EventBridge rule sends an event to its targets only when the event matches the rule’s
          pattern. Load a sample, then edit either side: the verdict follows as you type.
        </p>
      </header>
      <SamplePicker
        current={pg.sample}
        patternText={pg.patternText}
        onSample={pg.loadSample}
        onPattern={pg.setPatternText}
      />
      <div className="pattern-bench">
        <JsonEditor
          className="pattern-bench__pattern"
          label="Event pattern"
          hint="The rule’s filter, in JSON"
          noun="pattern"
          minRows={6}
          maxRows={22}
          value={pg.patternText}
          onChange={pg.setPatternText}
          status={pg.analysis.pattern}
        />
        <Verdict verdict={pg.analysis.verdict} />
        <JsonEditor
          className="pattern-bench__event"
          label="Event"
          hint="What arrives on the bus, envelope and detail"
          noun="event"
          minRows={10}
          maxRows={30}
          value={pg.eventText}
          onChange={pg.setEventText}
          status={pg.analysis.event}
        />
      </div>
      <OperatorCheatSheet />
    </main>
  );
}
