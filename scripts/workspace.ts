import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..');

export interface WorkspacePackage {
  dir: string;
  name: string;
  version: string;
  private: boolean;
}

/** The product's packages: every `package.json` under `apps/` and `packages/`. */
export function workspacePackages(): WorkspacePackage[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(root, group), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => {
        const dir = join(group, entry.name);
        const manifest = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
        return {
          dir,
          name: manifest.name,
          version: manifest.version,
          private: manifest.private === true,
        };
      }),
  );
}
