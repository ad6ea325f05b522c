import { Document, isMap, isScalar, type Pair } from 'yaml';
import type { ExportedTemplate } from './export';
import { CFN_TAGS, shortenIntrinsics } from './yaml-tags';

/**
 * The template as `template.yaml`: the short forms (!Ref, !GetAtt, !Sub), the notes at the top,
 * and each resource's and event's comments above it.
 */
export function templateYaml(exported: ExportedTemplate): string {
  // No anchors: the metadata repeats objects of the resources, and a template reads plainly.
  const doc = new Document(exported.template, {
    customTags: CFN_TAGS,
    aliasDuplicateObjects: false,
  });
  const version = doc.get('AWSTemplateFormatVersion', true);
  if (isScalar(version)) version.type = 'QUOTE_SINGLE';
  doc.contents = shortenIntrinsics(doc) as typeof doc.contents;
  const top = exported.comments.get('') ?? [];
  doc.commentBefore = [
    ' AWS SAM template exported by Lambda Event Lab.',
    ' Deploy with `sam deploy --guided`; the code under src/ is yours to write.',
    '',
    ...top.map((n) => ` ${n}`),
  ].join('\n');
  const resources = doc.get('Resources', true);
  if (isMap(resources)) {
    for (const pair of resources.items as Pair[]) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      commentOn(pair, exported.comments.get(id));
      if (id === exported.functionId) {
        const events = doc.getIn(['Resources', id, 'Properties', 'Events'], true);
        if (isMap(events))
          for (const ev of events.items as Pair[]) {
            const evId = isScalar(ev.key) ? String(ev.key.value) : '';
            commentOn(ev, exported.comments.get(`event:${evId}`));
          }
      }
    }
  }
  const metadata = doc.get('Metadata', true);
  if (isMap(metadata) && metadata.items[0] !== undefined)
    commentOn(metadata.items[0] as Pair, [
      'The whole scenario, for Lambda Event Lab to open this template as it was exported.',
      'Edit the resources above and an import reads them instead.',
    ]);
  return doc.toString({ lineWidth: 0 });
}

function commentOn(pair: Pair, lines: readonly string[] | undefined): void {
  if (lines === undefined || lines.length === 0 || !isScalar(pair.key)) return;
  pair.key.commentBefore = lines.map((l) => ` ${l}`).join('\n');
}
