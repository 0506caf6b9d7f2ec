// The page's only way to the API: the same-origin proxy, which adds the key server-side.
// No key is anywhere in this bundle (the build test checks).
import { WasendClient } from '@wasend/browser';

export const client = new WasendClient({ baseUrl: `${location.origin}/wasend` });
