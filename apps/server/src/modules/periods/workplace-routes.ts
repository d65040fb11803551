import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { councilParams } from '@thidua/contracts/periods';
import { workplaceView } from '@thidua/contracts/periods-clusters';
import { listWorkplaces } from './workplaces';
import { registerRoutes, route } from '../../http/route-table';

/** Where the signed-in user works in a council: the screens open there (issue #11 §4). */
export async function workplaceRoutes(app: FastifyInstance): Promise<void> {
  registerRoutes(
    app,
    ['Cụm, khối thi đua'],
    [
      route(
        'GET /councils/:councilId/my-clusters',
        'Các cụm, khối của người dùng trong mọi kỳ',
        {
          description:
            'Những cụm, khối mà người dùng làm việc: đơn vị của họ là cụm trưởng, cụm phó (khối trưởng, khối ' +
            'phó) hoặc thành viên; họ được phân công theo dõi (thành viên Hội đồng); hoặc đơn vị của họ là đơn ' +
            'vị đầu mối chấm một tiêu chí của cụm, khối. Màn hình mở trên kỳ và cụm, khối này.',
          params: councilParams,
          200: z.object({ items: z.array(workplaceView) }),
        },
        async ({ db, actor, params }) => ({
          items: await listWorkplaces(db, actor, params.councilId),
        }),
      ),
    ],
  );
}
