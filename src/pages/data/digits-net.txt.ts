/**
 * The drawing pad's build-time network (chapter 7), as a file of its own: only the pad's script
 * reads it, so the pages carry its address, not its 17 kB (8 kB gzip) of weights (issue 13). The
 * text is the one the page's figures were drawn from (capstone-digits-net.ts).
 */
import type { APIRoute } from 'astro';
import { digitsBuildNet } from '../../lib/capstone-digits-net';

export const GET: APIRoute = () =>
  new Response(digitsBuildNet().paramsText, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
