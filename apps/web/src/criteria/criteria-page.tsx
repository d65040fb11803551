import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="criteria" />;
}

export { Screen as Component };
