import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="registrations" />;
}

export { Screen as Component };
