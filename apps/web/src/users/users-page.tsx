import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="users" />;
}

export { Screen as Component };
