import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="periods" />;
}

export { Screen as Component };
