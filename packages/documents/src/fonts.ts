import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Paths of the four Tinos faces shipped by `@expo-google-fonts/tinos` (an npm dependency: PDF works right
 * after `npm install`, with no system font). Resolving a path reads nothing; the caller loads the bytes.
 */
export function tinosFontFiles(): { regular: string; bold: string; italic: string; boldItalic: string } {
  const base = '@expo-google-fonts/tinos';
  return {
    regular: require.resolve(`${base}/400Regular/Tinos_400Regular.ttf`),
    bold: require.resolve(`${base}/700Bold/Tinos_700Bold.ttf`),
    italic: require.resolve(`${base}/400Regular_Italic/Tinos_400Regular_Italic.ttf`),
    boldItalic: require.resolve(`${base}/700Bold_Italic/Tinos_700Bold_Italic.ttf`),
  };
}
