import type { CollectionConfig } from 'payload'
import { email as emailFormat } from 'payload/shared'

import { adminText } from '@/lib/i18n/admin-text'
import { sessionCookie } from '@/lib/security/session-cookie'

import { adminFieldOnly, adminsOnly, adminsOrSelf } from '../access'
import { takenBy } from '../fields/taken'
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
    {
      // Merged into the email field Payload adds for `auth`: its format check, then ours for a taken address.
      name: 'email',
      type: 'email',
      // Without a label of its own, Payload would name the merged field "Email" in every language.
      label: { en: 'Email', zh: '邮箱' },
      validate: async (value, args) => {
        const format = emailFormat(value, args)
        if (format !== true || !value) return format
        const address = value.toLowerCase().trim()
        const other = await takenBy(args.req, { collection: 'users', field: 'email', value: address, id: args.id })
        if (!other) return true
        return adminText(args.req, {
          en: `${address} is already the email of another user. Use a different address.`,
          zh: `${address} 已是另一位用户的邮箱，请使用其他地址。`,
        })
      },
    },
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
