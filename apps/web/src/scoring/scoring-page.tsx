import { PendingScreen } from '../app/pending-screen';

function Screen() {
  return <PendingScreen feature="scoring" />;
}

export { Screen as Component };
