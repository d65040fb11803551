// Paths of the web application's screens a notification links to (apps/web/src/app/paths.ts,
// FEATURE_SLUGS), with the period and cluster the screen opens on (`?ky=…&cum=…`).

const query = (params: Record<string, string | undefined>) => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
};

export const notificationLinks = {
  objections: (councilId: string, periodId: string, clusterId: string, unitId?: string) =>
    `/hoi-dong/${councilId}/y-kien${query({ ky: periodId, cum: clusterId, donVi: unitId })}`,
  selfScoring: (councilId: string, periodId: string, clusterId: string) =>
    `/hoi-dong/${councilId}/tu-cham-diem${query({ ky: periodId, cum: clusterId })}`,
  registrations: (councilId: string, periodId: string) =>
    `/hoi-dong/${councilId}/dang-ky${query({ ky: periodId })}`,
  dossiers: (councilId: string, periodId: string) =>
    `/hoi-dong/${councilId}/ho-so-khen-thuong${query({ ky: periodId })}`,
  movements: (councilId: string, periodId: string) =>
    `/hoi-dong/${councilId}/phong-trao${query({ ky: periodId })}`,
  plans: (councilId: string, periodId: string) => `/hoi-dong/${councilId}/ke-hoach${query({ ky: periodId })}`,
};
