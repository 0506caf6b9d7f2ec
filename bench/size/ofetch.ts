// ofetch alone, doing the call the browser size fixture does (bundled for the browser by size-limit).
import { ofetch } from 'ofetch';

ofetch<{ inviteCode: string }>(
  `${location.origin}/wasend/default/groups/120363025988123456%40g.us/invite-code`,
).then((data) => console.log(data.inviteCode));
