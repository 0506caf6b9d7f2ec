// Wires the page: get the invite, copy the link, revoke the code, list the session's groups.
import { client } from './client';
import { loadGroups } from './groups';
import { busy, showError, showGroups, showInvite, showStatus, view } from './view';

let currentLink: string | undefined;

const target = () => ({ session: view.session.value.trim(), group: view.group.value.trim() });

view.form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const { session, group } = target();
  try {
    const code = await busy(() => client.getGroupInviteCode(session, group));
    currentLink = showInvite(code);
    showStatus('Current invite code loaded.');
  } catch (error) {
    showError(error);
  }
});

view.copy.addEventListener('click', async () => {
  if (!currentLink) return;
  try {
    await navigator.clipboard.writeText(currentLink);
    showStatus('Link copied.');
  } catch {
    // No clipboard permission (or an insecure context): the link is on the page to copy by hand.
    showStatus('Could not copy: select the link and copy it by hand.', 'error');
  }
});

view.revoke.addEventListener('click', async () => {
  const { session, group } = target();
  try {
    const code = await busy(() => client.revokeGroupInviteCode(session, group));
    currentLink = showInvite(code);
    showStatus('Code revoked: the old link no longer works. This is the new one.');
  } catch (error) {
    showError(error);
  }
});

view.listGroups.addEventListener('click', async () => {
  const { session } = target();
  if (!session) {
    showStatus('Enter a session to list its groups.', 'error');
    view.session.focus();
    return;
  }
  try {
    const groups = await busy(() => loadGroups(session));
    showGroups(groups);
    showStatus(`${groups.length} group${groups.length === 1 ? '' : 's'} in session ${session}.`);
  } catch (error) {
    showError(error);
  }
});
