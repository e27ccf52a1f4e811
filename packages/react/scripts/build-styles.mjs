/**
 * Builds the one optional stylesheet, dist/styles.css, from src/styles/index.css and the widget files it
 * @imports (one file per widget keeps them readable; users import a single file, with no bundler needed).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const stylesDir = join(root, 'src/styles')

function inline(file, seen = new Set()) {
  if (seen.has(file)) throw new Error(`styles: ${file} is imported twice`)
  seen.add(file)
  return readFileSync(file, 'utf8').replace(/^@import\s+['"](.+?)['"];\s*$/gm, (_, path) =>
    inline(join(dirname(file), path), seen),
  )
}

mkdirSync(join(root, 'dist'), { recursive: true })
writeFileSync(join(root, 'dist/styles.css'), inline(join(stylesDir, 'index.css')))
