// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatScenario, latencyFor, mergeScenarios, parseScenario, parseScenarioString } from './scenarios';

describe('hang and deadline items', () => {
  it('parses fail:<op>:hang and deadline:<ms>, and formats them back', () => {
    const scenario = parseScenarioString('fail:disable:hang,deadline:1500');
    expect(scenario).toEqual({ failures: { disable: 'hang' }, deadline: 1500 });
    expect(formatScenario(scenario)).toBe('fail:disable:hang,deadline:1500');
    expect(parseScenarioString('deadline:soon').unknown).toEqual(['deadline:soon']);
  });
});

describe('scenario syntax', () => {
  it('reads the compact form from a URL parameter', () => {
    const params = new URLSearchParams(
      '?scenario=large,latency:800,fail:list:500,fail:create:network,tokenOnGet',
    );
    expect(parseScenario(params)).toEqual({
      dataset: 'large',
      latency: 800,
      failures: { list: 500, create: 'network' },
      tokenOnGet: true,
    });
  });

  it('reads latency ranges, 401/403 failures, a wildcard operation and dataset:<name>', () => {
    expect(parseScenarioString('latency:900-100,fail:get:401,fail:audit:403,dataset:empty')).toEqual({
      latency: { min: 100, max: 900 },
      failures: { get: 401, audit: 403 },
      dataset: 'empty',
    });
    expect(Object.keys(parseScenarioString('fail:*:500').failures ?? {})).toHaveLength(9);
  });

  it('ignores and reports unknown items instead of failing', () => {
    expect(parseScenarioString('huge,fail:list:418,fail:nothing:500,latency:soon, ,empty')).toEqual({
      dataset: 'empty',
      unknown: ['huge', 'fail:list:418', 'fail:nothing:500', 'latency:soon'],
    });
    expect(parseScenario(new URLSearchParams(''))).toEqual({});
  });

  it('formats back to the same scenario', () => {
    const scenario = parseScenarioString(
      'empty,latency:100-300,fail:update:403,fail:delete:network,tokenOnGet',
    );
    expect(parseScenarioString(formatScenario(scenario))).toEqual(scenario);
    expect(formatScenario({})).toBe('');
  });

  it('merges failures per operation and computes latency', () => {
    expect(mergeScenarios({ failures: { list: 500 }, latency: 5 }, { failures: { get: 403 } })).toEqual({
      failures: { list: 500, get: 403 },
      latency: 5,
    });
    expect(mergeScenarios({ failures: { list: 500, get: 403 }, latency: 5 }, { failures: {} })).toEqual({
      failures: {},
      latency: 5,
    });
    expect(latencyFor({})).toBe(0);
    expect(latencyFor({ latency: 40 })).toBe(40);
    for (let i = 0; i < 20; i++) {
      const ms = latencyFor({ latency: { min: 10, max: 20 } });
      expect(ms).toBeGreaterThanOrEqual(10);
      expect(ms).toBeLessThanOrEqual(20);
    }
  });
});
