import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, workspacePackages } from './workspace.ts';

const changesetConfig = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
const packages = workspacePackages();

describe('one product, one version', () => {
  it('finds the three product packages', () => {
    expect(packages.map((p) => p.name).sort()).toEqual([
      '@rescind/core',
      '@rescind/tui',
      '@rescind/web',
    ]);
  });

  it('gives every product package the same version', () => {
    const versions = new Map(packages.map((p) => [p.name, p.version]));
    expect(
      new Set(versions.values()).size,
      `versions differ: ${JSON.stringify([...versions])}`,
    ).toBe(1);
  });

  it('releases every product package in one changesets fixed group', () => {
    const groups: string[][] = changesetConfig.fixed;
    const group = groups.find((g) => g.includes('@rescind/core'));
    expect(group?.slice().sort()).toEqual(packages.map((p) => p.name).sort());
  });

  // `privatePackages.version: false` silently drops private apps (the website) from a fixed group.
  it('versions private packages too, so the website stays in the group', () => {
    expect(changesetConfig.privatePackages?.version).toBe(true);
    expect(changesetConfig.privatePackages?.tag).toBe(false);
  });
});
