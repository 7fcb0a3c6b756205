import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../db/config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PORT).toBe(5173);
    expect(config.NEO4J_URI).toBeUndefined();
    expect(config.CYPHER_TIMEOUT_MS).toBe(10_000);
    expect(config.CYPHER_ROW_LIMIT).toBe(5_000);
    expect(config.NEO4J_JIT).toBe('full');
  });

  it('takes NEO4J_JIT quick and refuses another compiler mode', () => {
    expect(loadConfig({ NEO4J_JIT: 'quick' }).NEO4J_JIT).toBe('quick');
    expect(() => loadConfig({ NEO4J_JIT: 'c2' })).toThrow(/NEO4J_JIT/);
  });

  it('coerces numbers and keeps an external URI', () => {
    const config = loadConfig({ PORT: '8080', NEO4J_URI: 'neo4j+s://db.example.com:7687' });
    expect(config.PORT).toBe(8080);
    expect(config.NEO4J_URI).toBe('neo4j+s://db.example.com:7687');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '' }).NEO4J_URI).toBeUndefined();
  });

  it('names every bad variable in one ConfigError', () => {
    let caught: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_HEAP: 'lots' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as Error).name).toBe('ConfigError');
    expect((caught as Error).message).toMatch(/PORT/);
    expect((caught as Error).message).toMatch(/NEO4J_HEAP/);
  });
});
