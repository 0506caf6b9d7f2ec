// ky alone, doing the call the browser size fixture does (bundled for the browser by size-limit).
import ky from 'ky';

ky.get(`${location.origin}/wasend/default/groups/120363025988123456%40g.us/invite-code`)
  .json<{ inviteCode: string }>()
  .then((data) => console.log(data.inviteCode));
