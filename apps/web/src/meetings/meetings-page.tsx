import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="meetings" />;
}

export { Screen as Component };
