import { useMemo } from 'react';
import type { MessageInfo, Run } from '../../engine';
import { MessageJourney } from './MessageJourney';
import { batchRecords, destinationDeliveries, payloadText } from './message-journey';

/**
 * A message's payload as the function receives it (text, never markup), a batch's records and
 * the whole journey. Loaded on demand: nothing of it is needed for the first picture.
 */
export default function MessageDetails({ run, info }: { run: Run; info: MessageInfo }) {
  const payload = useMemo(() => payloadText(info.payload), [info]);
  const records = useMemo(() => batchRecords(info), [info]);
  const deliveries = useMemo(() => destinationDeliveries(run, info.id), [run, info]);
  const headingId = `payload-${info.id}`;
  return (
    <>
      {records.length > 0 && (
        <>
          <h4 className="panel-heading">Records in this batch ({records.length})</h4>
          <ol className="records" aria-label="Records in this batch" tabIndex={0}>
            {records.map((r, i) => (
              <li key={i}>
                <code>{r.id}</code>: {r.body}
              </li>
            ))}
          </ol>
        </>
      )}
      <h4 className="panel-heading" id={headingId}>
        {info.path === 'poll' && records.length === 0
          ? 'Message body'
          : 'Payload the function receives'}
      </h4>
      <pre className="payload" role="region" tabIndex={0} aria-labelledby={headingId}>
        {payload}
      </pre>
      {deliveries.map((d, i) => (
        <section key={i} aria-label={`Sent to on-failure destination ${d.where}`}>
          <h4 className="panel-heading">On-failure destination: {d.where}</h4>
          <p className="destination-what">Receives {d.what}.</p>
          <pre className="payload" tabIndex={0}>
            {d.text}
          </pre>
        </section>
      ))}
      <h4 className="panel-heading">Journey</h4>
      <MessageJourney run={run} msg={info.id} />
    </>
  );
}
