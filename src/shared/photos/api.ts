/** /api/photos: the stored meal photos for the canteen editor (meals.edit), to list and upload. */
import * as v from 'valibot';
import { route } from '../api/contract';

/** A stored photo as the server lists it. */
export const StoredPhotoSchema = v.object({
  name: v.string(),
  url: v.string(),
  contentType: v.string(),
  bytes: v.number(),
});
export type StoredPhoto = v.InferOutput<typeof StoredPhotoSchema>;

export const PhotosApi = {
  list: route({
    method: 'GET',
    path: '/api/photos',
    response: v.object({ photos: v.array(StoredPhotoSchema) }),
  }),
  /** The body is the picture's bytes (JPEG, PNG or WebP, at most 1 MB), named by its content. */
  upload: route({ method: 'POST', path: '/api/photos', body: 'raw', response: StoredPhotoSchema }),
};
