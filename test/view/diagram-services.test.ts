import { describe, expect, it } from 'vitest';
import { SERVICES } from '../../src/catalog/services';
import { SERVICE_FACTS, XRAY_SAMPLING } from '../../src/view/diagram-services';

describe('the service facts the diagram carries', () => {
  it('match the catalog, service by service', () => {
    expect(SERVICE_FACTS).toEqual(
      Object.fromEntries(
        SERVICES.map((s) => [s.id, { shortName: s.shortName, invocation: s.invocation }]),
      ),
    );
  });

  it('state X-Ray’s sampling as its catalog record does', () => {
    const xray = SERVICES.find((s) => s.id === 'xray')!;
    expect(xray.limits).toContainEqual({ label: 'Default sampling', value: XRAY_SAMPLING });
  });
});
