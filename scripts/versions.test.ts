import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, workspacePackages } from './workspace.ts';

const changesetConfig = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8'));
const packages = workspacePackages();
const apps = packages.filter((p) => p.dir.startsWith('apps'));

describe('one product, one version; the library on its own', () => {
  it('finds the three product packages', () => {
    expect(packages.map((p) => p.name).sort()).toEqual([
      '@rescind/core',
      '@rescind/tui',
      '@rescind/web',
    ]);
  });

  it('gives the two apps the same version', () => {
    const versions = new Map(apps.map((p) => [p.name, p.version]));
    expect(
      new Set(versions.values()).size,
      `versions differ: ${JSON.stringify([...versions])}`,
    ).toBe(1);
  });

  it('releases the apps in one changesets fixed group', () => {
    const groups: string[][] = changesetConfig.fixed;
    const group = groups.find((g) => g.includes('@rescind/web'));
    expect(group?.slice().sort()).toEqual(apps.map((p) => p.name).sort());
  });

  // A library's version is a promise about its API: a website change must not bump it.
  it('keeps @rescind/core out of every fixed or linked group', () => {
    const grouped = [...changesetConfig.fixed, ...changesetConfig.linked].flat();
    expect(grouped).not.toContain('@rescind/core');
  });

  it('bumps the apps when core is released, since they depend on it', () => {
    expect(changesetConfig.updateInternalDependencies).toBe('patch');
  });

  // `privatePackages.version: false` silently drops private apps (the website) from a fixed group.
  it('versions private packages too, so the website stays in the group', () => {
    expect(changesetConfig.privatePackages?.version).toBe(true);
    expect(changesetConfig.privatePackages?.tag).toBe(false);
  });
});
