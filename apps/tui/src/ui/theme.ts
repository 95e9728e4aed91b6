import { createContext, useContext } from 'react';

/** Whether to colour: off when NO_COLOR is set (https://no-color.org), as the issue asks. */
export interface Theme {
  color: boolean;
}

export const ThemeContext = createContext<Theme>({ color: true });

export function useTheme(): Theme {
  return useContext(ThemeContext);
}

/** NO_COLOR counts when present and not empty, per the convention. */
export function themeFromEnv(env: NodeJS.ProcessEnv): Theme {
  return { color: !(env.NO_COLOR !== undefined && env.NO_COLOR !== '') };
}
