import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="frameworks" />;
}

export { Screen as Component };
