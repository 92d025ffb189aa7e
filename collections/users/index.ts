import type { CollectionConfig } from 'payload'

import { sessionCookie } from '@/lib/security/session-cookie'

import { adminFieldOnly, adminsOnly, adminsOrSelf } from '../access'
import { evenLoginCost } from './hooks/even-login-cost'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from './login-policy'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', zh: '用户' }, plural: { en: 'Users', zh: '用户' } },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    cookies: sessionCookie(),
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role'], group: { en: 'Settings', zh: '设置' } },
  access: {
    read: adminsOrSelf,
    create: adminsOnly,
    update: adminsOrSelf,
    delete: adminsOnly,
    // Payload lets any signed-in user unlock any account, which would undo the login lockout.
    unlock: adminsOnly,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeOperation: [evenLoginCost] },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '姓名' } },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      label: { en: 'Role', zh: '角色' },
      access: { create: adminFieldOnly, update: adminFieldOnly },
      options: [
        { value: 'admin', label: { en: 'Administrator', zh: '管理员' } },
        { value: 'editor', label: { en: 'Editor', zh: '编辑' } },
        { value: 'contributor', label: { en: 'Contributor', zh: '撰稿人' } },
      ],
      admin: {
        description: {
          en: 'Administrators manage users and settings; editors publish; contributors write drafts and upload media.',
          zh: '管理员管理用户和设置；编辑可发布内容；撰稿人只能撰写草稿和上传媒体。',
        },
      },
    },
  ],
}
