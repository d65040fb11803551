import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="adjustments" />;
}

export { Screen as Component };
