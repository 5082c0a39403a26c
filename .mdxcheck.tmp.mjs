import fs from 'node:fs';
import { mdxToJs, mdxToHast } from 'satteri';
for (const f of process.argv.slice(2)) {
  const src = fs.readFileSync(f, 'utf8').replace(/^---[\s\S]*?---\n/, '');
  try {
    const r = await mdxToJs(src);
    const code = r.code ?? r;
    console.log(f, 'OK', String(code).length);
  } catch (e) { console.log(f, 'ERR', e.message); }
}
